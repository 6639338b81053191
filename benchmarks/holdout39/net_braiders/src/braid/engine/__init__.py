from .runner import Runner
from .task import MeshTask
