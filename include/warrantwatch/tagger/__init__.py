"""The tagger's parts, one module per concern (internal: the tag stage and its public API are in
``warrantwatch.tag``). Layered, each importing only those before it: rx, entities, cues, facts,
state, then the rule families (visits, legs, warrants) and the article reader."""
