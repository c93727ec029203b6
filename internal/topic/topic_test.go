package topic

import (
	"reflect"
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"I waited 3 hours in the ER.", []string{WaitTime}},
		{"No problems with parking.", []string{}},
		{"Parking was not an issue and the food was lovely.", []string{Facility}},
		{"Parking is a nightmare, never any spaces.", []string{Facility}},
		{"The receptionist was so rude to me.", []string{StaffCourtesy}},
		{"Dr. Lee listened and explained everything.", []string{ProviderCare, Communication}},
		{"The nurses were kind and attentive.", []string{StaffCourtesy, NursingCare}},
		{"I was billed twice and insurance won't cover it.", []string{BillingInsurance}},
		{"The bathroom was filthy.", []string{Cleanliness}},
		{"They couldn't get my pain under control.", []string{PainManagement}},
		{"My prescription refill was lost again.", []string{Pharmacy}},
		{"The video visit kept dropping and the patient portal is useless.", []string{Telehealth}},
		{"The surgeon saved my life.", []string{ProviderCare, Outcome}},
		{"They discussed my diagnosis loudly in front of other patients.", []string{Privacy}},
		{"Could not get an appointment, on hold for 40 minutes.", []string{AccessScheduling}},
		{"Nobody told me my test results.", []string{Communication}},
		{"It was really hard to get hold of anyone, the helpline just rings.", []string{AccessScheduling}},
		{"Always treated with dignity and respect.", []string{Privacy}},
		{"The therapy made a massive difference, I've gained confidence.", []string{Outcome}},
		{"Could I be seen sooner next time?", []string{WaitTime}},
	}
	for _, c := range cases {
		if got := Detect(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestHostileInput(t *testing.T) {
	for _, s := range []string{"", "\xff\xfe", strings.Repeat("a", 1<<20), strings.Repeat("parking ", 100000), "<script>parking</script>"} {
		got := Detect(s)
		if got == nil {
			t.Errorf("Detect(%.10q) = nil, want empty slice", s)
		}
	}
}
