# expect: crash
# A class-level model registry with a build() factory: `pretrained=True` loads a state dict and returns the
# model ready "for inference" (.eval()). A fine-tuning script builds it that way and trains it.
import torch
import torch.nn as nn


class Registry:
    _models = {}

    @classmethod
    def register(cls, name):
        def deco(klass):
            cls._models[name] = klass
            return klass
        return deco

    @classmethod
    def build(cls, name, pretrained=False, **kwargs):
        model = cls._models[name](**kwargs)
        if pretrained:
            model.load_state_dict(_fake_hub[name])
            return model.eval()
        return model


@Registry.register("bigru_ner")
class BiGRUNER(nn.Module):
    def __init__(self, vocab=50, tags=5, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.context = nn.GRU(hidden, hidden, bidirectional=True, batch_first=True)
        self.tagger = nn.Linear(2 * hidden, tags)

    def forward(self, x):
        return self.tagger(self.context(self.embed(x))[0])


torch.manual_seed(0)
_fake_hub = {"bigru_ner": BiGRUNER().state_dict()}

ner = Registry.build("bigru_ner", pretrained=True, hidden=8)
opt = torch.optim.AdamW(ner.parameters(), lr=3e-4)
x, y = torch.randint(0, 50, (2, 6)), torch.randint(0, 5, (2, 6))
for epoch in range(2):
    loss = nn.functional.cross_entropy(ner(x).flatten(0, 1), y.flatten())
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("done")
