import torch


class FiringCurves:
    def __init__(self, n, length, batch):
        self.temp = torch.randn(n, length, 2)
        self.crazed = (self.temp[:, -3:, 0].mean(1) > 0).float()
        self.batch = batch

    def train_dataloader(self):
        return [(self.temp[i:i + self.batch], self.crazed[i:i + self.batch]) for i in range(0, len(self.temp), self.batch)]

    def predict_dataloader(self):
        return [self.temp[i:i + self.batch] for i in range(0, len(self.temp), self.batch)]
