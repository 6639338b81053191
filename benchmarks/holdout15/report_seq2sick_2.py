# expect: crash
"""Rebuilt from cmhcbb/Seq2Sick issue #2 ("RuntimeError: cudnn RNN backward can only
be called in training mode"): an adversarial attack on an RNN seq2seq NMT
model. The translator loads the model and puts it in eval mode (as OpenNMT's
Translator does); the attack then optimises a perturbation of the source
embeddings by backpropagating a targeted loss through that eval-mode model.
"""
import torch
import torch.nn as nn

SRC_V, TGT_V, H = 25, 25, 12


class NMTModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb = nn.Embedding(SRC_V, H)
        self.tgt_emb = nn.Embedding(TGT_V, H)
        self.encoder = nn.LSTM(H, H, bidirectional=True)
        self.bridge = nn.Linear(2 * H, H)
        self.decoder = nn.LSTM(H, H)
        self.generator = nn.Linear(H, TGT_V)

    def forward_from_embeddings(self, src_embs, tgt):
        mem, (h, c) = self.encoder(src_embs)
        h0 = torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)
        out, _ = self.decoder(self.tgt_emb(tgt), (h0, torch.zeros_like(h0)))
        return self.generator(out).log_softmax(-1)


class Translator:
    def __init__(self, model):
        self.model = model
        self.model.eval()

    def translate(self, src, max_len=6):
        with torch.no_grad():
            tgt = torch.ones(1, src.size(1), dtype=torch.long)
            for _ in range(max_len):
                logp = self.model.forward_from_embeddings(self.model.src_emb(src), tgt)
                tgt = torch.cat([tgt, logp[-1].argmax(-1, keepdim=True).T], 0)
        return tgt


def attack(translator, src, target_words, steps=3, lr=0.1, c=1.0):
    model = translator.model
    base = model.src_emb(src).detach()
    delta = torch.zeros_like(base, requires_grad=True)
    opt = torch.optim.Adam([delta], lr=lr)
    tgt_in = torch.ones(len(target_words), src.size(1), dtype=torch.long)
    for _ in range(steps):
        logp = model.forward_from_embeddings(base + delta, tgt_in)
        loss = -logp[:, 0, target_words].diagonal().sum() + c * delta.norm()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return translator.translate(src)


torch.manual_seed(0)
translator = Translator(NMTModel())
src = torch.randint(2, SRC_V, (7, 1))
print("clean:", translator.translate(src).T.tolist())
print("adv:", attack(translator, src, target_words=torch.tensor([5, 9, 13])).T.tolist())
