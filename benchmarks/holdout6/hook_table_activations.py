# expect: crash
# category: hooks
"""Activation x gradient relevance for a keyword-spotting GRU, using forward hooks registered from a table."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class KWS(nn.Module):
    def __init__(self):
        super().__init__()
        self.frontend = nn.Sequential(nn.Linear(10, 12), nn.ReLU())
        self.recurrent = nn.GRU(12, 12, num_layers=2, batch_first=True)
        self.classifier = nn.Linear(12, 6)

    def forward(self, x):
        return self.classifier(self.recurrent(self.frontend(x))[0][:, -1])


captured = {}


def keep_output(name):
    def hook(module, inputs, output):
        out = output[0] if isinstance(output, tuple) else output
        out.retain_grad()
        captured[name] = out
    return hook


HOOKS = {"frontend": keep_output, "recurrent": keep_output}

model = KWS()
handles = [model.get_submodule(name).register_forward_hook(make(name)) for name, make in HOOKS.items()]
model.eval()
clips = torch.randn(2, 20, 10)
logits = model(clips)
logits.max(1).values.sum().backward()  # TM001-here
for name, act in captured.items():
    relevance = (act * act.grad).sum(-1)
    print(name, relevance.argmax(1).tolist())
for h in handles:
    h.remove()
