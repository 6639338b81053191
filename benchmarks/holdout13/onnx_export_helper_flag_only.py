# expect: crash
"""Export helper that restores the mode by *assigning* model.training = was_training. The assignment does not
recurse, so the GRU inside stays in eval after the first export and the next fine-tuning step fails on a GPU."""
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


class Exporter:
    def __init__(self, opset=17):
        self.opset = opset

    def __call__(self, model, example):
        was_training = model.training
        model.eval()
        buf = io.BytesIO()
        with torch.no_grad():
            torch.jit.save(torch.jit.trace(model, example), buf)
        model.training = was_training
        return buf.getbuffer().nbytes


def finetune_step(model, opt, batch):
    x, y = batch
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


model, export = KeywordSpotter(), Exporter()
opt = torch.optim.SGD(model.parameters(), 0.01)
for epoch in range(2):
    batch = torch.randn(3, 10, 12), torch.randint(0, 4, (3,))
    finetune_step(model, opt, batch)
    print("exported", export(model, batch[0]), "bytes; training flag", model.training)
print("done")
