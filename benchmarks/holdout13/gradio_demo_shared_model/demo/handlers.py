import torch
import torch.nn.functional as F

from .model_store import ModelStore, encode


def predict(text):
    ModelStore.model.eval()
    with torch.no_grad():
        return ModelStore.model(encode(text)).softmax(-1).tolist()


def fine_tune(text, label):
    store = ModelStore
    store.model.train()
    try:
        loss = F.cross_entropy(store.model(encode(text)), torch.tensor([label]))
        store.optimizer.zero_grad()
        loss.backward()
        store.optimizer.step()
    finally:
        store.model.eval()
    return round(loss.item(), 4)


HANDLERS = {"predict": predict, "fine_tune": fine_tune}
