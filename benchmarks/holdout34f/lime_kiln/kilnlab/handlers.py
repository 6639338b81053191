import torch

from kilnlab.runner import Events


def attach_handlers(runner, val_batch):
    @runner.on(Events.ITERATION_COMPLETED)
    def log_every_other(r):
        if r.state["iteration"] % 2 == 0:
            print("iter", r.state["iteration"], "loss", round(r.state["loss"], 4))

    @runner.on(Events.ITERATION_COMPLETED)
    def spot_check(r):
        if r.state["iteration"] == 3:
            r.model.eval()
            with torch.no_grad():
                x, y = val_batch
                print("spot check", ((r.model(x) - y) ** 2).mean().item())

    @runner.on(Events.EPOCH_COMPLETED)
    def epoch_done(r):
        print("epoch", r.state["epoch"], "done")
