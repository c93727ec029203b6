package server

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// The OpenAPI document is built from the same table that registers the API routes, so an
// endpoint cannot exist without being described. Schemas come from the Go types by reflection,
// following their JSON tags.

type operation struct {
	method, path, summary string
	tag                   string
	public                bool // no authentication needed
	request, response     any  // zero values of the body types; nil for none
	status                int  // success status (200 when zero)
	query                 []param
}

type param struct{ name, typ, desc string }

var pathParam = regexp.MustCompile(`\{([a-z_]+)\}`)

func openAPIDoc(ops []operation) map[string]any {
	schemas := map[string]any{}
	paths := map[string]any{}
	for _, op := range ops {
		item, _ := paths[op.path].(map[string]any)
		if item == nil {
			item = map[string]any{}
			paths[op.path] = item
		}
		status := op.status
		if status == 0 {
			status = 200
		}
		responses := map[string]any{
			"default": map[string]any{"description": "error", "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{"$ref": "#/components/schemas/Error"}}}},
		}
		ok := map[string]any{"description": "success"}
		if op.response != nil {
			ok["content"] = map[string]any{"application/json": map[string]any{"schema": schemaOf(reflect.TypeOf(op.response), schemas)}}
		}
		responses[strconv.Itoa(status)] = ok
		o := map[string]any{"summary": op.summary, "operationId": operationID(op), "tags": []string{op.tag}, "responses": responses}
		var params []any
		for _, m := range pathParam.FindAllStringSubmatch(op.path, -1) {
			params = append(params, map[string]any{"name": m[1], "in": "path", "required": true, "schema": map[string]any{"type": "integer"}})
		}
		for _, q := range op.query {
			params = append(params, map[string]any{"name": q.name, "in": "query", "description": q.desc, "schema": map[string]any{"type": q.typ}})
		}
		if params != nil {
			o["parameters"] = params
		}
		if op.request != nil {
			o["requestBody"] = map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": schemaOf(reflect.TypeOf(op.request), schemas)}}}
		}
		if op.public {
			o["security"] = []any{}
		}
		item[strings.ToLower(op.method)] = o
	}
	schemas["Error"] = map[string]any{"type": "object", "required": []string{"error"}, "properties": map[string]any{
		"error": map[string]any{"type": "object", "required": []string{"code", "message"}, "properties": map[string]any{
			"code": map[string]any{"type": "string"}, "message": map[string]any{"type": "string"}}}}}
	return map[string]any{
		"openapi": "3.1.0",
		"info": map[string]any{"title": "Bedside API", "version": "1",
			"description": "Social customer care and reputation management for healthcare. Authenticate with `Authorization: Bearer bsd_…` (API token) or a browser session plus an X-CSRF-Token header for changes. Errors are {\"error\": {\"code\", \"message\"}}; 403 means your role does not allow the action there, 404 that the object does not exist in your organization."},
		"paths": paths,
		"components": map[string]any{
			"schemas":         schemas,
			"securitySchemes": map[string]any{"token": map[string]any{"type": "http", "scheme": "bearer", "description": "An API token from POST /api/v1/tokens or `bedside admin token`."}},
		},
		"security": []any{map[string]any{"token": []string{}}},
	}
}

func operationID(op operation) string {
	s := strings.ToLower(op.method) + strings.NewReplacer("/api/v1", "", "/", "_", "{", "", "}", "").Replace(op.path)
	return strings.Trim(s, "_")
}

var timeType = reflect.TypeOf(time.Time{})

// schemaOf returns a JSON Schema for t, registering named struct types under components.
func schemaOf(t reflect.Type, schemas map[string]any) map[string]any {
	if t.Kind() == reflect.Pointer {
		return schemaOf(t.Elem(), schemas)
	}
	switch {
	case t == timeType:
		return map[string]any{"type": "string", "format": "date-time"}
	case t.Kind() == reflect.String:
		return map[string]any{"type": "string"}
	case t.Kind() == reflect.Bool:
		return map[string]any{"type": "boolean"}
	case t.Kind() >= reflect.Int && t.Kind() <= reflect.Uint64:
		return map[string]any{"type": "integer"}
	case t.Kind() == reflect.Float32 || t.Kind() == reflect.Float64:
		return map[string]any{"type": "number"}
	case t.Kind() == reflect.Slice:
		return map[string]any{"type": "array", "items": schemaOf(t.Elem(), schemas)}
	case t.Kind() == reflect.Map:
		return map[string]any{"type": "object", "additionalProperties": schemaOf(t.Elem(), schemas)}
	case t.Kind() == reflect.Struct:
		name := t.Name()
		if name == "" {
			return structSchema(t, schemas)
		}
		if _, seen := schemas[name]; !seen {
			schemas[name] = map[string]any{} // placeholder breaks recursion (tree nodes)
			schemas[name] = structSchema(t, schemas)
		}
		return map[string]any{"$ref": "#/components/schemas/" + name}
	case t.Kind() == reflect.Interface:
		return map[string]any{}
	}
	return map[string]any{}
}

func structSchema(t reflect.Type, schemas map[string]any) map[string]any {
	props := map[string]any{}
	var required []string
	var embedded []any
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			embedded = append(embedded, schemaOf(f.Type, schemas))
			continue
		}
		if name == "" {
			name = f.Name
		}
		props[name] = schemaOf(f.Type, schemas)
		if !strings.Contains(opts, "omitempty") && f.Type.Kind() != reflect.Pointer {
			required = append(required, name)
		}
	}
	s := map[string]any{"type": "object", "properties": props}
	if len(required) > 0 {
		s["required"] = required
	}
	if len(embedded) > 0 {
		return map[string]any{"allOf": append(embedded, s)}
	}
	return s
}
