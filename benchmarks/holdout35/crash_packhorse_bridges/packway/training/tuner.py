import torch
import torch.nn.functional as F


class DecoderTuner:
    """Trains the decoder side of a Seq2Seq; the pretrained encoder stays as loaded."""

    def __init__(self, seq2seq, lr=1e-2):
        self.model = seq2seq
        trainable = [p for p in seq2seq.parameters() if p.requires_grad]
        self.opt = torch.optim.Adam(trainable, lr=lr)

    def train_step(self, src, tgt):
        self.model.decoder.train()
        logits = self.model(src, tgt[:, :-1])
        loss = F.cross_entropy(logits.reshape(-1, logits.size(-1)), tgt[:, 1:].reshape(-1))
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
