import torch
import torch.nn.functional as F

from ..modeling.encdec import BOS
from .modes import EvalMode


class Seq2SeqTrainer:
    def __init__(self, model, lr):
        self.model = model.train()
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def step(self, diff, msg):
        bos = torch.full((msg.shape[0], 1), BOS, dtype=torch.long)
        logits = self.model(diff, torch.cat([bos, msg[:, :-1]], 1))
        loss = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), msg.reshape(-1), label_smoothing=0.1)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, diff):
        with EvalMode(self.model) as m:
            return m.greedy(diff)
