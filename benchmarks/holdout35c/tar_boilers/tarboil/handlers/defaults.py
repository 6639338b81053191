import torch

from ..engine import Events
from ..utils.metrics import evaluate_mse


def install_default_handlers(engine, val_batches, log_every=2):
    @engine.on(Events.ITERATION_COMPLETED)
    def log_loss(eng):
        if eng.state["iteration"] % log_every == 0:
            print(f"it {eng.state['iteration']:3d} loss {eng.state['last_loss']:.4f}")

    @engine.on(Events.EPOCH_COMPLETED)
    def validate(eng):
        mse = evaluate_mse(eng.model, val_batches)
        eng.state.setdefault("val", []).append(mse)
        print(f"epoch {eng.state['epoch']} val mse {mse:.4f}")

    @engine.on(Events.COMPLETED)
    def summary(eng):
        vals = torch.tensor(eng.state.get("val", [float("nan")]))
        print("best val", round(vals.min().item(), 4))

    return engine
