# expect: clean
"""torch.distributed.rpc parameter-server tutorial, collapsed into one process: the ParameterServer owns the model
(an LSTM text classifier) behind an RRef-like handle; trainers call `ps.forward(...)` remotely, run
dist_autograd-like backward locally, and the server's `evaluate` endpoint uses eval + no_grad. Each trainer
forward goes through `ParameterServer.forward`, which calls model.train(self.is_training) first."""
from ps.server import ParameterServer, RRef
from ps.trainer import TrainerNet, run_training_loop

param_server_rref = RRef(ParameterServer(num_gpus=0))
for rank in (1, 2):
    net = TrainerNet(param_server_rref)
    run_training_loop(rank, net, num_batches=3)
    print("server eval acc", param_server_rref.rpc_sync().evaluate())
