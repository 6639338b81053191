"""A phase schedule as a generator: it puts the model in the right mode, then hands out the pass."""
from steps import make_eval_pass, make_fit_pass


def phase_schedule(model, optimizer, epochs):
    fit_pass = make_fit_pass(model, optimizer)
    eval_pass = make_eval_pass(model)
    for epoch in range(epochs):
        model.train()
        yield epoch, "fit", fit_pass
        model.eval()
        yield epoch, "eval", eval_pass
