def prime_state(model, style_strokes, text):
    """Run the model over the priming strokes and return the final state."""
    model.eval()
    _, state = model(style_strokes, text, model.initial_state(style_strokes.shape[0]))
    model.train()
    return state
