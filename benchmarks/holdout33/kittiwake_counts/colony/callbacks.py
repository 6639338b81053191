import torch


class EMAUpdate:
    def __init__(self, decay=0.99):
        self.decay = decay

    def on_step_end(self, trainer, loss):
        with torch.no_grad():
            for t, s in zip(trainer.teacher.parameters(), trainer.student.parameters()):
                t.mul_(self.decay).add_(s, alpha=1 - self.decay)


class ValidateStudent:
    def __init__(self, batches):
        self.batches = batches

    def on_epoch_end(self, trainer, epoch):
        for name, net in (("student", trainer.student), ("teacher", trainer.model)):
            net.eval()
            with torch.no_grad():
                acc = sum((net(x).argmax(-1) == y).float().mean().item() for x, y in self.batches)
            trainer.metrics[f"{name}_acc"] = round(acc / len(self.batches), 3)


class PrintMetrics:
    def on_epoch_end(self, trainer, epoch):
        print(trainer.metrics)
