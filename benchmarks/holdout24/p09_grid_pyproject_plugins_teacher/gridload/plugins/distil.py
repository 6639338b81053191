import torch

from gridload.model import LoadSeq2One


class TeacherTargets:
    def on_fit_start(self, trainer, data):
        self.teacher = LoadSeq2One(hidden=12)
        self.teacher.eval()
        with torch.no_grad():
            trainer.soft_targets = [self.teacher(x) for x, _ in data]

    def on_epoch_end(self, trainer, epoch, loss):
        pass
