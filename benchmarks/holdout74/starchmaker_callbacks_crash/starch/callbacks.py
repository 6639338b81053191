import torch


class LossLogger:
    def on_batch_end(self, engine):
        engine.state.setdefault("trace", []).append(engine.state["loss"])

    def on_epoch_end(self, engine):
        trace = engine.state["trace"]
        print(f"epoch {engine.state['epoch']} mean loss {sum(trace) / len(trace):.4f}")
        trace.clear()


class ViscosityProbe:
    """Scores a held-out probe batch at the start of every epoch."""

    def __init__(self, batches):
        self.batches = batches

    def on_epoch_start(self, engine):
        engine.model.eval()
        with torch.no_grad():
            err = sum((engine.model(x) - y).abs().mean().item() for x, y in self.batches)
        engine.state["probe_mae"] = err / len(self.batches)
