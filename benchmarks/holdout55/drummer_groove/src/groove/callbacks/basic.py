import torch


class ValidationCallback:
    def __init__(self, batch):
        self.batch = batch

    def on_epoch_end(self, loop, epoch, loss):
        loop.model.eval()
        x, y = self.batch
        with torch.no_grad():
            loop.val = torch.nn.functional.mse_loss(loop.model(x), y).item()


class PrintCallback:
    def on_epoch_end(self, loop, epoch, loss):
        print(epoch, round(loss, 4), round(getattr(loop, "val", float("nan")), 4))
