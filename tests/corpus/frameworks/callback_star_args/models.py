import torch
import torch.nn as nn


class Transducer(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(5, 8), nn.ReLU())
        self.predictor = nn.LSTM(8, 8, batch_first=True)
        self.joint = nn.Linear(8, 6)

    def forward(self, feats):
        return self.joint(self.predictor(self.encoder(feats))[0])

    def batches(self):
        for _ in range(3):
            yield torch.randn(2, 7, 5)

    def training_step(self, batch):
        return self(batch).logsumexp(-1).mean()

    @torch.no_grad()
    def decode(self, feats):
        was_training = self.training
        self.eval()
        try:
            return self(feats).argmax(-1).tolist()
        finally:
            self.encoder.train(was_training)
