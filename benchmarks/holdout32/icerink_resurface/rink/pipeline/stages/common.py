def logits_of(ctx, x):
    m = ctx.modules
    return m["cls"](m["enc"](x))
