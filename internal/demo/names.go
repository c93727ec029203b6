package demo

// Name pools. They mix the backgrounds of the communities a Midwestern and Mountain West health
// system serves. Two surnames (Dickson, Cumming) are deliberate: real names that naive profanity
// filters trip over, so the demo shows Bedside does not.

var femaleFirstNames = []string{
	"Maya", "Priya", "Aisha", "Elena", "Grace", "Sofia", "Hannah", "Mei", "Leah", "Fatima",
	"Camila", "Nadia", "Rachel", "Olivia", "Keisha", "Ana", "Yuki", "Ingrid", "Tamar", "Chloe",
	"Renee", "Amara", "Lucia", "Jasmine", "Claire", "Noor", "Thuy", "Beatriz", "Katherine", "Monica",
	"Esther", "Daniela", "Hye-jin", "Shanice", "Rebecca", "Ifeoma", "Marisol", "Alina", "Joanna", "Tara",
	"Gabriela", "Lauren", "Anjali", "Zofia", "Brianna", "Helen", "Sana", "Veronica",
}

var maleFirstNames = []string{
	"David", "Samuel", "Omar", "Marcus", "Kevin", "Daniel", "Rafael", "Andre", "Wei", "Arjun",
	"Tomasz", "James", "Michael", "Luis", "Hiroshi", "Benjamin", "Kwame", "Nathan", "Ethan", "Jamal",
	"Sergei", "Patrick", "Mateo", "Anthony", "Ibrahim", "Min-jun", "Gregory", "Victor", "Isaac", "Eduardo",
	"Thomas", "Adrian", "Rohan", "Curtis", "Jonah", "Emeka", "Paul", "Diego", "Lars", "Aaron",
	"Malik", "Owen", "Joaquín", "Derek", "Farid", "Trevor",
}

var lastNames = []string{
	"Okafor", "Patel", "Nguyen", "Kowalski", "Hernandez", "Johnson", "Kim", "Chen", "Goldberg", "O'Brien",
	"Rodriguez", "Washington", "Nakamura", "Shah", "Abdullah", "Murphy", "Rossi", "Haddad", "Lindqvist", "Mensah",
	"Castillo", "Brennan", "Sato", "Adeyemi", "Novak", "Whitaker", "Alvarez", "Banerjee", "Fitzgerald", "Morales",
	"Park", "Schneider", "Osei", "Delgado", "Thompson", "Iyer", "Reyes", "Kaminski", "Friedman", "Coleman",
	"Vasquez", "Yamamoto", "Gallagher", "Ortiz", "Bhatt", "Jensen", "Dubois", "Mwangi", "Sullivan", "Tran",
	"Wójcik", "Petrov", "Hoffman", "Ramirez", "Chowdhury", "Bailey", "Greene", "Lopez", "Anderson", "Hassan",
	"Carter", "Moreno", "Singh", "Baker", "Tanaka", "Okonkwo", "Walsh", "Mendoza", "Dickson", "Ferreira",
	"Horvat", "Bishop", "Levy", "Jackson", "Cohen", "Pham", "Andersen", "Romero", "Ahmed", "Brooks",
	"Duarte", "Foster", "Gupta", "Harris", "Jovanovic", "Keller", "Lam", "Mahmoud", "Nowak", "Obi",
	"Price", "Quinn", "Rahman", "Santos", "Torres", "Usman", "Vega", "Wright", "Young", "Zhang",
	"Cumming", "Ali", "Liu", "Cruz", "Bell", "Muñoz", "Kovač", "Achebe", "Lindgren", "Stavros",
}

// Patients' names: a separate pool so reviewers rarely share a provider's name.
var patientFirstNames = []string{
	"Jordan", "Taylor", "Kayla", "Brandon", "Ashley", "Tyler", "Megan", "Justin", "Brittany", "Cody",
	"Jessica", "Dustin", "Amber", "Kyle", "Heather", "Chris", "Nicole", "Derrick", "Tiffany", "Ryan",
	"Maria", "Jose", "Guadalupe", "Carlos", "Rosa", "Miguel", "Yesenia", "Juan", "Alejandra", "Ricardo",
	"Linh", "Huong", "Bao", "Xin", "Jae", "Sunita", "Ravi", "Deepa", "Kofi", "Adaeze",
	"Barbara", "Linda", "Gary", "Donna", "Ron", "Sharon", "Dale", "Judy", "Terry", "Carol",
	"Mackenzie", "Hunter", "Destiny", "Jaylen", "Aaliyah", "Logan", "Sierra", "Devon", "Kiara", "Austin",
	"Krzysztof", "Agnieszka", "Piotr", "Magda", "Yusuf", "Layla", "Hamza", "Mariam", "Ahmad", "Rania",
	"Bob", "Patty", "Steve", "Deb", "Mike", "Sue", "Rick", "Kathy", "Jim", "Pam",
}

var patientLastNames = []string{
	"Miller", "Davis", "Wilson", "Moore", "Taylor", "Martin", "Lee", "Walker", "Hall", "Allen",
	"King", "Scott", "Green", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Turner",
	"Phillips", "Evans", "Edwards", "Collins", "Stewart", "Flores", "Morris", "Murray", "Cook", "Rogers",
	"Gutierrez", "Chavez", "Ramos", "Herrera", "Medina", "Aguilar", "Jimenez", "Soto", "Rios", "Salazar",
	"Le", "Hoang", "Vo", "Wang", "Yang", "Huang", "Choi", "Kang", "Reddy", "Rao",
	"Zielinski", "Lewandowski", "Dabrowski", "Mazur", "Kraus", "Becker", "Vogel", "Larsen", "Olson", "Peterson",
	"Boateng", "Nwosu", "Eze", "Diallo", "Kamara", "Farah", "Khalil", "Nasser", "Saleh", "Darwish",
	"VanderMolen", "DeVries", "Hoekstra", "Bosma", "Schaap", "Ruiz", "Ward", "Price", "Gray", "Hughes",
}

// Instagram handles are built from a name-ish part and a hobby or number.
var handleWords = []string{
	"runs", "bakes", "lifts", "mama", "dad", "travels", "eats", "reads", "yoga", "outdoors",
	"fitlife", "official", "photo", "co", "xo", "life", "adventures", "nurse", "teacher", "gardens",
	"mtn", "lake", "coffee", "hikes", "sews", "plays", "studio", "vibes",
}

// Staff who are not providers: nurses, medical assistants, hygienists, front desk. Patients name
// them by first name.
var staffFirstNames = []string{
	"Tasha", "Brenda", "Kelsey", "Marco", "Jenny", "Luz", "Tony", "Becky", "Dwayne", "Erin",
	"Carmen", "Shawn", "Nikki", "Rosie", "Abby", "Terrell", "Paula", "Ming", "Jolene", "Hector",
	"Gloria", "Kendra", "Bianca", "Josh", "Lorraine", "Val", "Amy", "Yolanda", "Colleen", "Ray",
}
