import torch
import torch.nn.functional as F

from ..runtime import current_phase, phase_scope


class Seq2SeqTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.model.train()

    def _nll(self, src, tgt):
        logp = self.model(src, tgt[:, :-1])
        return F.nll_loss(logp.flatten(0, 1), tgt[:, 1:].flatten())

    def train_epoch(self, batches):
        if current_phase() != "train":
            with phase_scope("train", self.model):
                return self.train_epoch(batches)
        for src, tgt in batches:
            loss = self._nll(src, tgt)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()

    def validate(self, batches):
        with phase_scope("valid", self.model), torch.no_grad():
            return sum(self._nll(s, t).item() for s, t in batches) / len(batches)
