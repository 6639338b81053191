# expect: crash
# Dynamic-quantization tutorial flow: the float model is put in eval "before quantizing", quantize_dynamic makes
# an int8 copy for the latency check, and then the float model is fine-tuned further -- still in eval mode.
import time
import torch
import torch.nn as nn
from torch.ao.quantization import quantize_dynamic


class WordLM(nn.Module):
    def __init__(self, ntoken=60, ninp=16, nhid=24):
        super().__init__()
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, 2)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, x, hidden=None):
        out, hidden = self.rnn(self.encoder(x), hidden)
        return self.decoder(out), hidden


def latency(m, x, n=3):
    t = time.perf_counter()
    with torch.no_grad():
        for _ in range(n):
            m(x)
    return (time.perf_counter() - t) / n


torch.manual_seed(0)
float_model = WordLM()
src = torch.randint(0, 60, (10, 2))
float_model.eval()
int8_model = quantize_dynamic(float_model, {nn.LSTM, nn.Linear}, dtype=torch.qint8)
print("fp32 %.5f  int8 %.5f" % (latency(float_model, src), latency(int8_model, src)))

opt = torch.optim.SGD(float_model.parameters(), lr=0.5)
for step in range(3):
    out, _ = float_model(src[:-1])
    loss = nn.functional.cross_entropy(out.view(-1, 60), src[1:].reshape(-1))
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done")
