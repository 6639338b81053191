# expect: clean
# An export helper traces the model and puts the *traced* module in eval for a parity check. The traced
# ScriptModule is a separate object: the Python model keeps training=True and fine-tuning goes on in train mode.
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 12)
        self.bilstm = nn.LSTM(12, 10, batch_first=True, bidirectional=True)
        self.crf_proj = nn.Linear(20, 5)

    def forward(self, tokens):
        return self.crf_proj(self.bilstm(self.emb(tokens))[0])


def export_for_serving(model, example):
    traced = torch.jit.trace(model, (example,), check_trace=False)
    traced.eval()
    with torch.no_grad():
        diff = (traced(example) - model(example)).abs().max().item()
    return len(list(traced.graph.nodes())), diff


torch.manual_seed(3)
tagger = Tagger()
opt = torch.optim.SGD(tagger.parameters(), lr=0.1)
toks = torch.randint(0, 30, (3, 8))
tags = torch.randint(0, 5, (3, 8))
for step in range(4):
    if step == 2:
        print("exported nodes/diff", export_for_serving(tagger, toks))
    loss = nn.functional.cross_entropy(tagger(toks).reshape(-1, 5), tags.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
print("training flag", tagger.training, tagger.bilstm.training)
print("done")
