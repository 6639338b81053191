# expect: crash
"""Streamlit-like demo: `@cache_resource` memoises `load_model()`, which returns the model in eval mode for the
prediction widget. The "fine-tune on my feedback" button handler gets the same cached object and trains it."""
import functools
import torch
import torch.nn as nn

_CACHE = {}


def cache_resource(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        key = (fn.__name__,) + args
        if key not in _CACHE:
            _CACHE[key] = fn(*args)
        return _CACHE[key]
    return wrapper


class SentimentLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.EmbeddingBag(50, 8, mode="mean")
        self.ctx = nn.Embedding(50, 8)
        self.lstm = nn.LSTM(8, 8, batch_first=True)
        self.cls = nn.Linear(8, 2)

    def forward(self, tok):
        return self.cls(self.lstm(self.ctx(tok))[0][:, -1])


@cache_resource
def load_model(name):
    torch.manual_seed(0)
    return SentimentLSTM().eval()


def on_predict(text_ids):
    with torch.no_grad():
        return load_model("sentiment-small")(text_ids).softmax(-1)


def on_feedback(text_ids, label):
    model = load_model("sentiment-small")
    opt = torch.optim.SGD(model.parameters(), 0.05)
    loss = nn.functional.cross_entropy(model(text_ids), label)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


events = [("predict", torch.randint(0, 50, (1, 6))), ("feedback", torch.randint(0, 50, (1, 6)), torch.tensor([1]))]
for ev in events:
    handler = {"predict": on_predict, "feedback": on_feedback}[ev[0]]
    print(ev[0], handler(*ev[1:]))
print("done")
