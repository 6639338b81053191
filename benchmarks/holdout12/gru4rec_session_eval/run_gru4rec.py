# expect: clean
"""GRU4Rec (session-parallel mini-batches) with a Keras-like fit(); recall@k evaluation runs inside a context
manager from gru4rec/utils that restores the previous mode on exit."""
import torch

from gru4rec import GRU4Rec, SessionEvaluator

torch.manual_seed(0)
sessions = [torch.randint(0, 12, (int(torch.randint(3, 7, ()).item()),)) for _ in range(10)]
model = GRU4Rec(n_items=12, hidden=16, layers=1)
evaluator = SessionEvaluator(sessions[-3:], cutoff=5)
model.fit(sessions[:-3], n_epochs=3, batch_size=3, on_epoch_end=evaluator)
print("recall@5", evaluator.history)
