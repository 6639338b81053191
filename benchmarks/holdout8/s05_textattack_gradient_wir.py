# expect: crash
# TextAttack style: a PyTorchModelWrapper whose __call__ predicts in eval mode; word importance ranking by
# gradient (wir_method="gradient") then asks the wrapper for embedding gradients without switching back.
import torch
import torch.nn as nn


class ModelWrapper:
    def __call__(self, text_input_list):
        raise NotImplementedError

    def get_grad(self, text_input):
        raise NotImplementedError


class PyTorchModelWrapper(ModelWrapper):
    def __init__(self, model, tokenizer):
        self.model = model
        self.tokenizer = tokenizer

    def __call__(self, text_input_list, batch_size=8):
        self.model.eval()
        ids = torch.stack([self.tokenizer(t) for t in text_input_list])
        with torch.no_grad():
            return torch.softmax(self.model(ids), -1)

    def get_grad(self, text_input, loss_fn=nn.CrossEntropyLoss()):
        emb_layer = self.model.get_input_embeddings()
        grads = []
        handle = emb_layer.register_full_backward_hook(lambda m, gin, gout: grads.append(gout[0]))
        ids = self.tokenizer(text_input).unsqueeze(0)
        self.model.zero_grad()
        logits = self.model(ids)
        loss = loss_fn(logits, logits.argmax(-1))
        try:
            loss.backward()  # TM001-here
        finally:
            handle.remove()
        return {"ids": ids[0].tolist(), "gradient": grads[0][0]}


class BiLSTMClassifier(nn.Module):
    def __init__(self, vocab=50, dim=12):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, 2)

    def get_input_embeddings(self):
        return self.emb

    def forward(self, ids):
        return self.out(self.lstm(self.emb(ids))[0].max(1).values)


class GreedyWordSwapWIR:
    def __init__(self, wir_method="gradient"):
        self.wir_method = wir_method

    def _get_index_order(self, wrapper, text):
        if self.wir_method == "gradient":
            g = wrapper.get_grad(text)["gradient"]
            return g.norm(dim=-1).argsort(descending=True).tolist()
        return list(range(len(text.split())))

    def attack(self, wrapper, text):
        orig = wrapper([text])[0].argmax().item()
        order = self._get_index_order(wrapper, text)
        words = text.split()
        for i in order:
            trial = words.copy()
            trial[i] = "bad"
            if wrapper([" ".join(trial)])[0].argmax().item() != orig:
                return " ".join(trial)
        return None


def make_tokenizer(vocab=50, length=6):
    def tok(text):
        ids = [sum(map(ord, w)) % vocab for w in text.split()][:length]
        return torch.tensor(ids + [0] * (length - len(ids)))
    return tok


if __name__ == "__main__":
    torch.manual_seed(0)
    wrapper = PyTorchModelWrapper(BiLSTMClassifier(), make_tokenizer())
    print(GreedyWordSwapWIR().attack(wrapper, "a quiet and lovely little film"))
