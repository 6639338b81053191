from .traj import TrajectoryLSTM, load_pretrained

__all__ = ["TrajectoryLSTM", "load_pretrained"]
