import logging
import torch
import torch.nn.functional as F

from ..models import session_graph

log = logging.getLogger(__name__)


def batches(sessions, n_items, bs):
    for i in range(0, len(sessions), bs):
        chunk = sessions[i:i + bs]
        graphs = [session_graph(s[:-1], n_items) for s in chunk]
        targets = torch.tensor([s[-1] for s in chunk])
        yield graphs, targets


def train_one_epoch(model, opt, sessions, n_items, bs):
    total = 0.0
    for graphs, targets in batches(sessions, n_items, bs):
        loss = F.cross_entropy(model(graphs), targets)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        total += loss.item()
    return total


@torch.no_grad()
def evaluate(model, sessions, n_items, k=5):
    model.eval()
    hits = n = 0
    for graphs, targets in batches(sessions, n_items, 8):
        topk = model(graphs).topk(k, -1).indices
        hits += (topk == targets[:, None]).any(-1).sum().item()
        n += len(targets)
    return hits / n


def fit(model, train_sessions, test_sessions, n_items, epochs=2, bs=4, lr=1e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr, weight_decay=1e-5)
    model.train()
    for epoch in range(epochs):
        loss = train_one_epoch(model, opt, train_sessions, n_items, bs)
        recall = evaluate(model, test_sessions, n_items)
        log.info("epoch %d loss %.3f recall@5 %.3f", epoch, loss, recall)
    return model
