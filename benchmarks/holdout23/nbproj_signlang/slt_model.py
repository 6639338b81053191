"""Model + trainer for the sign-language gloss recogniser used by nb_gloss.ipynb."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GlossRecogniser(nn.Module):
    def __init__(self, keypoints=8, hidden=8, n_gloss=6):
        super().__init__()
        self.lstm = nn.LSTM(keypoints, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.out = nn.Linear(hidden, n_gloss + 1)  # + blank

    def forward(self, poses):
        o, _ = self.lstm(poses)
        return self.out(o).log_softmax(-1)


class GlossTrainer:
    def __init__(self, model, lr=1e-2):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def loss(self, poses, gloss):
        logp = self.model(poses).transpose(0, 1)
        T, B = logp.shape[:2]
        return F.ctc_loss(logp, gloss, torch.full((B,), T), torch.full((B,), gloss.shape[1]), zero_infinity=True)

    def fit_batch(self, poses, gloss):
        loss = self.loss(poses, gloss)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def evaluate(self, poses, gloss):
        self.model.eval()
        with torch.no_grad():
            return self.loss(poses, gloss).item()
