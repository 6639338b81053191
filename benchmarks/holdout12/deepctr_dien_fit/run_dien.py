# expect: crash
"""DeepCTR-Torch style: Keras-like fit()/evaluate()/predict() on the model class itself; DIEN's interest
evolution GRU. fit() sets train mode once before the epoch loop; evaluate() -> predict() sets eval."""
import torch

from deepctr_torch.models import DIEN
from deepctr_torch.callbacks import EarlyStopping


def get_xy_fd(n=16, seq_len=4, n_items=10):
    g = torch.Generator().manual_seed(0)
    x = {
        "user": torch.randint(0, 5, (n,), generator=g),
        "item_id": torch.randint(1, n_items, (n,), generator=g),
        "hist_item_id": torch.randint(1, n_items, (n, seq_len), generator=g),
    }
    y = torch.randint(0, 2, (n,), generator=g).float()
    return x, y


x, y = get_xy_fd()
model = DIEN(n_users=5, n_items=10, embedding_dim=4, gru_type="AUGRU", use_negsampling=False)
model.compile("adagrad", "binary_crossentropy", metrics=["binary_crossentropy", "auc"])
history = model.fit(x, y, batch_size=8, epochs=3, verbose=2, validation_split=0.25,
                    callbacks=[EarlyStopping(monitor="val_binary_crossentropy", patience=3)])
print(history.history)
