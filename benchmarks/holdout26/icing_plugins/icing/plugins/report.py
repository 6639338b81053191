import torch


class ReportPlugin:
    def __call__(self, model, x, y):
        model.eval()
        with torch.no_grad():
            return (model(x).argmax(1) == y).float().mean().item()
