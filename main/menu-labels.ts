// The words of the native menus and the close prompt, in the languages the page speaks. Main may
// not import the renderer's dictionary (ARCHITECTURE.md), so the few words it shows live here;
// the page tells main its language (app:set-language) and main rebuilds the menu.
import type { Language } from './ipc/contract'

export interface MainWords {
  file: string
  edit: string
  run: string
  view: string
  help: string
  newScenario: string
  open: string
  save: string
  saveAs: string
  export: string
  undo: string
  redo: string
  runScenario: string
  about: string
  unsavedTitle: string
  unsavedMessage: string
  unsavedDetail: string
  leave: string
  stay: string
  recoveredMessage: string
  recoveredDetail: string
  restore: string
  discard: string
}

export const MAIN_WORDS: Record<Language, MainWords> = {
  en: {
    file: 'File',
    edit: 'Edit',
    run: 'Run',
    view: 'View',
    help: 'Help',
    newScenario: 'New Scenario',
    open: 'Open…',
    save: 'Save',
    saveAs: 'Save As…',
    export: 'Export…',
    undo: 'Undo',
    redo: 'Redo',
    runScenario: 'Run Scenario',
    about: 'About SchedLab',
    unsavedTitle: 'SchedLab',
    unsavedMessage: 'You have unsaved changes. Leave anyway?',
    unsavedDetail: 'Autosave keeps them: the start page offers them back next time.',
    leave: 'Leave',
    stay: 'Stay',
    recoveredMessage: 'SchedLab did not close properly. Restore the scenario you were editing?',
    recoveredDetail: 'It had changes that were not saved to a file.',
    restore: 'Restore',
    discard: 'Discard'
  },
  zh: {
    file: '文件',
    edit: '编辑',
    run: '运行',
    view: '视图',
    help: '帮助',
    newScenario: '新建场景',
    open: '打开…',
    save: '保存',
    saveAs: '另存为…',
    export: '导出…',
    undo: '撤销',
    redo: '重做',
    runScenario: '运行场景',
    about: '关于 SchedLab',
    unsavedTitle: 'SchedLab',
    unsavedMessage: '有未保存的更改。仍要离开吗？',
    unsavedDetail: '自动保存会保留这些更改：下次启动时开始页会提供恢复。',
    leave: '离开',
    stay: '留下',
    recoveredMessage: 'SchedLab 上次没有正常关闭。要恢复当时正在编辑的场景吗？',
    recoveredDetail: '其中有尚未保存到文件的更改。',
    restore: '恢复',
    discard: '丢弃'
  }
}
