# expect: crash
"""Letterpress shop: a kerning corrector proposes spacing between sorts in a composed line.

The corrector is shipped as a checkpoint; the compositor loads it and then fine-tunes it
on the spacing corrections the pressman made by hand during the last print run.
"""
import os
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

N_GLYPHS = 40
torch.manual_seed(11)


class KerningCorrector(nn.Module):
    def __init__(self, n_glyphs=N_GLYPHS, emb=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(n_glyphs, emb)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.gap = nn.Linear(2 * hidden, 1)

    def forward(self, glyphs):
        seq, _ = self.rnn(self.embed(glyphs))
        return self.gap(seq).squeeze(-1)

    @classmethod
    def from_pretrained(cls, path, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(path))
        return model.eval()


class Compositor:
    """Holds the shop's models by stage; the kerning stage is the only learned one."""

    def __init__(self, corrector, lr=1e-2):
        self.stages = {"kern": corrector, "justify": None}
        self.opt = torch.optim.Adam(corrector.parameters(), lr=lr)

    @property
    def corrector(self):
        return self.stages["kern"]

    def propose(self, glyphs):
        with torch.no_grad():
            return self.corrector(glyphs)

    def fine_tune(self, lines, corrections, steps=3):
        for step in range(steps):
            self.opt.zero_grad()
            pred = self.corrector(lines)
            loss = F.smooth_l1_loss(pred, corrections)
            loss.backward()  # TM001-here
            self.opt.step()
            print(f"step {step} loss {loss.item():.4f}")


def publish_checkpoint(path):
    torch.save(KerningCorrector().state_dict(), path)


def main():
    tmpdir = tempfile.mkdtemp(prefix="kern_")
    ckpt = os.path.join(tmpdir, "kerning.pt")
    try:
        publish_checkpoint(ckpt)
        compositor = Compositor(KerningCorrector.from_pretrained(ckpt))
        lines = torch.randint(0, N_GLYPHS, (4, 9))
        print("proposed gaps", compositor.propose(lines)[0, :3])
        hand_corrections = 0.1 * torch.randn(4, 9)
        compositor.fine_tune(lines, hand_corrections)
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(tmpdir)


if __name__ == "__main__":
    main()
