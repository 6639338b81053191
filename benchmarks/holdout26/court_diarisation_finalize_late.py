# expect: crash
"""Court transcript diarisation: the scoring session is dropped only after the retraining forward."""
import gc
import weakref
import torch
import torch.nn as nn

torch.manual_seed(12)


class ChangeDetector(nn.Module):
    def __init__(self):
        super().__init__()
        self.blstm = nn.LSTM(10, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 1)

    def forward(self, feats):
        return self.fc(self.blstm(feats)[0]).squeeze(-1)


class ScoringSession:
    def __init__(self, model):
        model.eval()
        self.model = model
        weakref.finalize(self, model.train)

    def score(self, feats):
        with torch.no_grad():
            return torch.sigmoid(self.model(feats))


def main():
    model = ChangeDetector()
    feats = torch.randn(2, 30, 10)
    labels = (torch.rand(2, 30) > 0.8).float()
    session = ScoringSession(model)
    print("mean change prob", session.score(feats).mean().item())
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    loss = nn.functional.binary_cross_entropy_with_logits(model(feats), labels)
    del session
    gc.collect()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print("retrain loss", loss.item(), "training", model.blstm.training)


if __name__ == "__main__":
    main()
