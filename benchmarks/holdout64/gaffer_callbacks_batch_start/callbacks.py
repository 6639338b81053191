"""Callbacks for the gaffer's shift-rota model. Hooks are looked up by name."""
import torch


class ModeKeeper:
    def __init__(self, model):
        self.model = model

    def on_batch_start(self, state):
        self.model.train()


def make_probe(model, probe_x, every=2):
    seen = []

    class Probe:
        def on_batch_end(self, state):
            if state["batch"] % every:
                return
            model.eval()
            with torch.no_grad():
                seen.append(model(probe_x).softmax(-1).max(-1).values.mean().item())

        def on_train_end(self, state):
            state["probe"] = seen

    return Probe()
