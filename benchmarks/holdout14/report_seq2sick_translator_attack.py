# expect: crash
"""Rebuilt from the report cmhcbb/Seq2Sick#2 (adversarial attack on an OpenNMT-py LSTM seq2seq model fails with
'cudnn RNN backward can only be called in training mode'). Shape: a Translator-like loader builds the model and
calls model.eval() (as translation code does); the attack optimises a continuous modifier on the source
embeddings with Adam, back-propagating a target-keyword loss through the encoder/decoder LSTMs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

V = 20


class NMTModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb, self.tgt_emb = nn.Embedding(V, 8), nn.Embedding(V, 8)
        self.encoder = nn.LSTM(8, 10, batch_first=True)
        self.decoder = nn.LSTM(8, 10, batch_first=True)
        self.generator = nn.Sequential(nn.Linear(10, V), nn.LogSoftmax(-1))

    def forward(self, src_embs, tgt):
        _, state = self.encoder(src_embs)
        out, _ = self.decoder(self.tgt_emb(tgt), state)
        return self.generator(out)


def load_test_model(opt):
    model = NMTModel()
    model.load_state_dict(NMTModel().state_dict())
    model.eval()
    model.generator.eval()
    return {"model": model, "fields": None, "opt": opt}


class Translator:
    def __init__(self, loaded, beam_size=1):
        self.model, self.beam_size = loaded["model"], beam_size

    @torch.no_grad()
    def translate(self, src_embs, max_len=5):
        tgt = torch.zeros(src_embs.size(0), 1, dtype=torch.long)
        for _ in range(max_len):
            nxt = self.model(src_embs, tgt)[:, -1].argmax(-1, keepdim=True)
            tgt = torch.cat([tgt, nxt], 1)
        return tgt


def attack(translator, src, keyword=7, lr=0.1, const=1.0, iters=3):
    model = translator.model
    with torch.no_grad():
        embs = model.src_emb(src)
    modifier = torch.zeros_like(embs, requires_grad=True)
    optimizer = torch.optim.Adam([modifier], lr=lr)
    for it in range(iters):
        pred = translator.translate(embs + modifier)
        logp = model(embs + modifier, pred[:, :-1])
        loss1 = torch.clamp(logp.max(-1).values - logp[..., keyword], min=0).min(1).values.sum()
        loss2 = modifier.pow(2).sum()
        loss = const * loss1 + loss2
        optimizer.zero_grad()
        loss.backward()  # TM001-here
        optimizer.step()
    return translator.translate(embs + modifier.detach())


translator = Translator(load_test_model({"gpu": 0}))
print(attack(translator, torch.randint(0, V, (2, 6))))
