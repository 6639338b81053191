import torch
import torch.nn.functional as F

from brain import Brain


class CTCBrain(Brain):
    def compute_forward(self, batch, stage):
        feats = self.modules.compute_features(batch["wav"])
        enc, _ = self.modules.enc(feats)
        logits = self.modules.ctc_lin(enc)
        return F.log_softmax(logits, dim=-1)

    def compute_objectives(self, predictions, batch, stage):
        log_probs = predictions.transpose(0, 1)  # (T, N, C) for ctc_loss
        input_lens = torch.full((log_probs.size(1),), log_probs.size(0), dtype=torch.long)
        return F.ctc_loss(log_probs, batch["tokens"], input_lens, batch["token_lens"], blank=0, zero_infinity=True)


def make_modules(n_feats=6, hidden=8, n_tokens=5):
    return {
        "compute_features": torch.nn.Linear(n_feats, n_feats),
        "enc": torch.nn.GRU(n_feats, hidden, batch_first=True, bidirectional=True),
        "ctc_lin": torch.nn.Linear(2 * hidden, n_tokens),
    }
