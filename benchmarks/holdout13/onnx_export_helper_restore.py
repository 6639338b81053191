# expect: clean
"""An export helper in the style of `torch.onnx.export` wrappers: it remembers `model.training`, switches to
eval for tracing, and restores the mode with model.train(was_training) in a finally block. Fine-tuning after
an export therefore runs in train mode."""
import io
import torch
import torch.nn as nn


class KeywordSpotter(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Conv1d(10, 16, 3, padding=1)
        self.gru = nn.GRU(16, 16, batch_first=True)
        self.classifier = nn.Linear(16, 4)

    def forward(self, feats):
        h = self.frontend(feats).transpose(1, 2)
        return self.classifier(self.gru(h)[0][:, -1])


def export(model, example, f):
    was_training = model.training
    model.train(False)
    try:
        with torch.no_grad():
            traced = torch.jit.trace(model, example)
        torch.jit.save(traced, f)
    finally:
        model.train(was_training)
    return f


model = KeywordSpotter()
opt = torch.optim.SGD(model.parameters(), 0.01)
for epoch in range(2):
    x, y = torch.randn(3, 10, 12), torch.randint(0, 4, (3,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()
    export(model, x, io.BytesIO())
print("done")
