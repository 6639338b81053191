import torch


def attach_default_handlers(runner, val_data, every=2):
    @runner.on("before_iter")
    def _set_train(r):
        r.model.train()

    @runner.on("after_iter", every=every)
    def _validate(r):
        r.model.eval()
        with torch.no_grad():
            errs = [(r.model(x) - y).abs().mean() for x, y in val_data]
        r.state["val"].append(float(torch.stack(errs).mean()))

    @runner.on("after_epoch")
    def _log(r):
        print(f"epoch {r.state['epoch']} done at iteration {r.state['iteration']}")
