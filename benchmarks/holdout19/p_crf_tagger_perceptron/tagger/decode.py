def decode(model, tokens):
    """Viterbi decoding; returns emissions too so callers can reuse them."""
    model.eval()
    em = model.emissions(tokens)
    return model.crf.viterbi(em.detach()), em
