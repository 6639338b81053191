import torch


class PrintEpoch:
    def on_epoch_end(self, loop, epoch):
        print("epoch", epoch)


class Validate:
    def __init__(self, model):
        self.model = model

    def on_epoch_end(self, loop, epoch):
        self.model.eval()
        with torch.no_grad():
            print("val", self.model(torch.randn(4, 6, 3)).argmax(-1).tolist())
