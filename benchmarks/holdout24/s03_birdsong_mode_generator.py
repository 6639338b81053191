# expect: crash
"""Bird-song syllable segmentation with a BiLSTM framewise tagger.

A generator owns the mode: it switches to eval, yields, and switches back when resumed.
The validation-driven relabelling step runs while the generator is still suspended.
"""
import torch
import torch.nn as nn


class SyllableTagger(nn.Module):
    def __init__(self, n_mels=8, hidden=6, n_tags=3):
        super().__init__()
        self.lstm = nn.LSTM(n_mels, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)

    def forward(self, spec):
        h, _ = self.lstm(spec)
        return self.out(h)


def evaluation_phase(model):
    model.eval()
    yield model
    model.train()


def frame_loss(model, spec, tags):
    logits = model(spec)
    return nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), tags.reshape(-1))


def main():
    torch.manual_seed(1)
    model = SyllableTagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    spec, tags = torch.randn(4, 10, 8), torch.randint(0, 3, (4, 10))
    val_spec, val_tags = torch.randn(2, 10, 8), torch.randint(0, 3, (2, 10))
    for epoch in range(2):
        loss = frame_loss(model, spec, tags)
        opt.zero_grad()
        loss.backward()
        opt.step()
        phase = evaluation_phase(model)
        next(phase)
        with torch.no_grad():
            val = frame_loss(model, val_spec, val_tags)
        print(f"epoch {epoch} train {loss.item():.3f} val {val.item():.3f}")
        if val.item() > 0.5:
            # boundary refinement on the hardest validation clip, before the phase is resumed
            refine = frame_loss(model, val_spec[:1], val_tags[:1])
            opt.zero_grad()
            refine.backward()  # TM001-here
            opt.step()
        next(phase, None)


if __name__ == "__main__":
    main()
