import torch


def attach_handlers(runner, val_batch):
    """The project's standard handlers: train mode before each step, and a spot check on the
    validation batch every third iteration."""

    @runner.on("iteration_started")
    def back_to_train(r):
        r.model.train()

    @runner.on("iteration_completed")
    def spot_check(r):
        if r.iteration % 3 == 0:
            r.model.eval()
            with torch.no_grad():
                x, y = val_batch
                print("spot check", ((r.model(x) - y) ** 2).mean().item())
