// Makes Intercom's OpenAPI 3.0 description usable for Prism request validation and writes it as JSON:
//   node make-prism-spec.js api.intercom.io.2.16.yaml api.intercom.io.2.16.prism.json
// 1) drops `nullable: true` where no `type` is present (Prism's validator, AJV, refuses to compile such schemas and
//    Prism then silently skips body validation, e.g. of every search body);
// 2) unrolls the recursive multiple_filter_search_request to two levels (Prism mis-resolves the circular $ref);
// 3) turns an object query parameter sent exploded (style form, explode true: GET /events `filter`, sent as
//    `user_id=...`) into its properties as optional query parameters: Prism looks for a parameter named `filter` and
//    refuses every request. The oneOf that says exactly one of them is lost: slightly looser than the spec.
// A port of the original make_prism_spec.py (Python + PyYAML), so that a machine with only Node can regenerate it;
// js-yaml comes from tests/node_modules (`npm ci` in tests/).
'use strict';
const fs = require('fs');
const yaml = require('js-yaml');

function stripUntypedNullable(node) {
    if (Array.isArray(node)) {
        node.forEach(stripUntypedNullable);
    } else if (node !== null && typeof node === 'object') {
        if (node.nullable === true && !('type' in node)) delete node.nullable;
        Object.values(node).forEach(stripUntypedNullable);
    }
}

function unrollSearchGroup(schemas) {
    const single = { $ref: '#/components/schemas/single_filter_search_request' };
    schemas.multiple_filter_search_request_leaf = {
        type: 'object',
        properties: {
            operator: { type: 'string', enum: ['AND', 'OR'] },
            value: { type: 'array', items: single },
        },
    };
    schemas.multiple_filter_search_request.properties.value = {
        type: 'array',
        items: { anyOf: [single, { $ref: '#/components/schemas/multiple_filter_search_request_leaf' }] },
    };
}

function explodeObjectQueryParameters(paths) {
    for (const operations of Object.values(paths)) {
        for (const operation of Object.values(operations)) {
            if (operation === null || typeof operation !== 'object' || !Array.isArray(operation.parameters)) continue;
            operation.parameters = operation.parameters.flatMap(parameter => {
                const schema = parameter.schema || {};
                const exploded = parameter.in === 'query' && (parameter.style || 'form') === 'form' && parameter.explode !== false;
                if (!exploded || schema.type !== 'object') return [parameter];
                const properties = {};
                for (const variant of [schema, ...(schema.oneOf || [])]) Object.assign(properties, variant.properties || {});
                return Object.entries(properties).map(([name, property]) => ({ in: 'query', name, required: false, schema: property }));
            });
        }
    }
}

function makePrismSpec(yamlText) {
    const description = yaml.load(yamlText, { schema: yaml.JSON_SCHEMA });
    stripUntypedNullable(description);
    unrollSearchGroup(description.components.schemas);
    explodeObjectQueryParameters(description.paths);
    return JSON.stringify(description);
}

if (require.main === module) {
    const [source, target] = process.argv.slice(2);
    if (!source || !target) {
        console.error('usage: node make-prism-spec.js <description.yaml> <prism.json>');
        process.exit(2);
    }
    fs.writeFileSync(target, makePrismSpec(fs.readFileSync(source, 'utf8')));
}

module.exports = { makePrismSpec };
