# expect: clean
# category: framework
import torch
import torch.nn as nn

from engine import Events, create_supervised_evaluator, create_supervised_trainer
from nets import SeqRegressor, batches

torch.manual_seed(0)
net = SeqRegressor()
optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)
trainer = create_supervised_trainer(net, optimizer, nn.MSELoss())
evaluator = create_supervised_evaluator(net, nn.MSELoss())
val_data = batches(2, seed=1)


@trainer.on(Events.ITERATION_COMPLETED, every=2)
def log_validation(engine):
    evaluator.run(val_data)
    print(f"iter {engine.state.iteration}: val mse {evaluator.state.metrics['loss']:.3f}")


trainer.run(batches(), max_epochs=2)
