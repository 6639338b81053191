# expect: crash
"""A model "export" that pickles the whole nn.Module after switching it to eval
(for a serving process), and a later fine-tuning job that unpickles that
artefact and trains it. The training flag is part of the pickled state.
"""
import io
import pickle

import torch
import torch.nn as nn


class IntentModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(40, 8)
        self.utterance_encoder = nn.GRU(8, 8, batch_first=True)
        self.intent = nn.Linear(8, 6)

    def forward(self, tokens):
        return self.intent(self.utterance_encoder(self.emb(tokens))[1][0])


def export_for_serving(model):
    model.eval()
    buf = io.BytesIO()
    pickle.dump(model, buf)
    return buf.getvalue()


def finetune(blob, batches):
    model = pickle.loads(blob)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for tokens, labels in batches:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(tokens), labels)
        loss.backward()  # TM001-here
        opt.step()
    return model


torch.manual_seed(0)
blob = export_for_serving(IntentModel())
batches = [(torch.randint(0, 40, (4, 6)), torch.randint(0, 6, (4,))) for _ in range(3)]
tuned = finetune(blob, batches)
print("tuned", sum(p.numel() for p in tuned.parameters()))
