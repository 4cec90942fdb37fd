/** The runtime that loads native addons here: Electron (main or utility process) or plain Node. */
export interface Runtime {
  readonly name: 'Electron' | 'Node';
  readonly version: string;
  /** NODE_MODULE_VERSION: the ABI an addon must be built for to load here. */
  readonly abi: number;
}

export function currentRuntime(): Runtime {
  const electron = process.versions['electron'];
  return {
    name: electron === undefined ? 'Node' : 'Electron',
    version: electron ?? process.versions.node,
    abi: Number(process.versions.modules),
  };
}
