import torch


class MoistureProbe:
    def on_epoch_end(self, loop):
        loop.model.eval()
        with torch.no_grad():
            reading = loop.model(torch.ones(1, 5, 2)).item()
        loop.state["probe"].append(round(reading, 4))


class ModeSwitch:
    """Puts the model back into training mode before each epoch."""

    def on_epoch_start(self, loop):
        loop.model.train()
