def renderTemplate(template, context, strict):
    return {"ok": True, "text": ""}
